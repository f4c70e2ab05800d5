// What the user chose to include when printing (for this visit): the cliff charts on the result sheet.
import { defineStore } from 'pinia'
import { ref } from 'vue'

export const usePrintOptionsStore = defineStore('print-options', () => {
  const charts = ref(false)
  return { charts }
})
