/** What every page gets from the router (app.ts). */

export interface PageContext {
  /** The page's own container, emptied by the router before each render. */
  readonly view: HTMLElement;
  /** Decoded path segments captured by the route. */
  readonly params: string[];
  /** False once the user has navigated elsewhere: late answers must not draw on the next page. */
  isCurrent(): boolean;
  /** Runs `tick` now and again `intervalMs` after each run ends, until the user leaves the page. */
  poll(tick: () => Promise<void>, intervalMs: number): void;
  /** The page's h1 (focused on navigation, so that keyboard and screen-reader users start there). */
  heading(text: string): HTMLHeadingElement;
  /** Re-renders the current route (after a change the page made). */
  refresh(): void;
  navigate(hash: string): void;
}

export type Page = (ctx: PageContext) => Promise<void>;

/** Rows per page in every long table: enough to scan, small enough to draw instantly with 1,000 partitions. */
export const pageSizeRows = 50;
