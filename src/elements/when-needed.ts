/**
 * When a widget should render: when it is on screen or near it, else when it comes near the
 * viewport or the page is idle, whichever is first. A summary far down an article then costs the
 * page nothing while it loads. While the page loads, an IntersectionObserver says where it is after
 * the browser's next layout, in a task of its own: one on screen renders right after the first
 * frame, and no task of ours forces a layout to find out (that alone took 27 ms at 4x CPU).
 */

/** How far outside the viewport "near" reaches: one viewport height above and below. */
const NEAR = 1;

const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

/** Idle time, or a short timeout where there is no requestIdleCallback (Safari). */
const whenIdle = (callback: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 1500 });
  else setTimeout(callback, 50);
};

/**
 * True when the page has loaded and `element` is on screen or near it. Only asked after load (an
 * element a script inserts, as a single-page site or a test does), when the layout it may force
 * is one the page needs for its next frame anyway; while the page loads, the observer answers.
 */
export function nearNow(element: Element): boolean {
  if (document.readyState !== 'complete') return false;
  const { top, bottom } = element.getBoundingClientRect();
  const height = innerHeight || document.documentElement.clientHeight;
  return top < height * (1 + NEAR) && bottom > -height * NEAR;
}

/** Resolves when `element` is near the viewport or the page is idle, whichever is first. */
export function whenNeeded(element: Element): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      if (!waiting.delete(element)) return;
      observer?.unobserve(element);
      resolve();
    };
    waiting.set(element, done);
    observer ??= new IntersectionObserver(
      (entries) => {
        for (const entry of entries) if (entry.isIntersecting) waiting.get(entry.target)?.();
      },
      { rootMargin: `${NEAR * 100}% 0px` },
    );
    observer.observe(element);
    whenIdle(done);
  });
}

/** The next task after the next frame: the browser lays out and paints what was rendered so far. */
export const afterNextFrame = (): Promise<void> =>
  new Promise((resolve) => {
    // Without frames (a hidden tab) the timeout goes on alone.
    const timeout = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timeout);
      setTimeout(resolve);
    });
  });
