/**
 * A key pressed with Ctrl, Alt or Meta is the browser's or the system's (Ctrl + = zooms the page,
 * Alt + ← goes back): a component's own keys leave it alone. Shift is not one of them: the
 * timeline pans with Shift + ← →.
 */
export const isShortcut = (event: KeyboardEvent): boolean => event.ctrlKey || event.altKey || event.metaKey;
