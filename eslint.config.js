import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'

const forbiddenInEngine = {
  patterns: [
    {
      group: ['vue', 'vue-*', 'pinia', 'vee-validate', 'yup', '@vue/*', '@vee-validate/*'],
      message: 'src/engine and src/rules are pure TypeScript: no Vue, Pinia, vee-validate or yup.',
    },
    {
      group: ['**/stores/**', '**/components/**', '**/views/**', '@/stores/**', '@/components/**', '@/views/**'],
      message: 'src/engine and src/rules must not import UI code (dependencies point one way).',
    },
  ],
}

export default defineConfigWithVueTs(
  { ignores: ['dist/**', 'dist-single/**', 'node_modules/**', 'coverage/**'] },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    rules: {
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/no-v-html': 'error',
      'no-restricted-globals': ['error', 'fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'],
    },
  },
  {
    files: ['src/engine/**/*.ts', 'src/rules/**/*.ts', 'src/profile/**/*.ts', 'src/locality/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', forbiddenInEngine],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator', 'fetch', 'XMLHttpRequest'],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'The engine never reads the clock.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'The engine never reads the clock.',
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'tests/**', '*.config.*'],
    rules: { 'no-restricted-globals': 'off' },
  },
)
