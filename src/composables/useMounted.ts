// What only this device knows (a draft saved here, storage that is full or refused) cannot be in the start page
// pre-rendered at build time; shown in the first client render, it makes that render differ from the pre-rendered
// HTML Vue hydrates ("Hydration completed but contains mismatches."). Such parts wait for the mount: the update
// that adds them runs in the same task, before the browser paints.
import { onMounted, ref, type Ref } from 'vue'

export function useMounted(): Readonly<Ref<boolean>> {
  const mounted = ref(false)
  onMounted(() => (mounted.value = true))
  return mounted
}
