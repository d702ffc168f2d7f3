export interface AccessibilityNode {
  role?: string;
  name?: string;
  children?: AccessibilityNode[];
}
export function wordsShownApart(roots?: Iterable<ShadowRoot>): string[];
export function runTogether(apart: string[], tree: AccessibilityNode | null | undefined): string[];
