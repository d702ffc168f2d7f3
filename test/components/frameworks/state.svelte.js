/* global $state -- a Svelte rune, which svelte/compiler compiles away */
/**
 * Props that change after mounting, as a parent component's state would: Svelte 5 re-renders a
 * mounted component when its props object is a `$state` proxy.
 */
export function reactiveProps(initial) {
  const props = $state(initial);
  return props;
}
