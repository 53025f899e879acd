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
 * When the page is idle, every widget still waiting is needed: one callback releases them all, and
 * they share its task's time (budgetLeft): those that find it spent render in tasks of their own. One
 * callback each made them start one idle period at a time, and an idle period only comes after a frame.
 */
const releaseAll = (): void => {
  begin();
  for (const done of waiting.values()) done();
};

/**
 * True when the page has loaded and `element` is on screen or near it. Only asked after load (an
 * element a script inserts, as a single-page site or a test does), when the layout it may force
 * is one the page needs for its next frame anyway; while the page loads, the observer answers.
 */
export function nearNow(element: Element): boolean {
  if (document.readyState !== 'complete') return false;
  const { top, bottom } = element.getBoundingClientRect();
  return top < innerHeight * (1 + NEAR) && bottom > -innerHeight * NEAR;
}

/** Resolves when `element` is near the viewport or the page is idle, whichever is first. */
export function whenNeeded(element: Element): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      if (!waiting.delete(element)) return;
      observer?.unobserve(element);
      resolve();
    };
    // The first widget to wait (none left: the next one) asks for an idle callback: one releases every widget then waiting.
    if (!waiting.size) whenIdle(releaseAll);
    waiting.set(element, done);
    observer ??= new IntersectionObserver(
      (entries) => {
        begin();
        for (const entry of entries) if (entry.isIntersecting) waiting.get(entry.target)?.();
      },
      { rootMargin: `${NEAR * 100}% 0px` },
    );
    observer.observe(element);
  });
}

const platform = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;

/**
 * The next task, with no frame to wait for: input and the frames the browser needs come first, then
 * the rest of our work. `scheduler.yield()` where there is one (its continuation runs before tasks
 * queued meanwhile, so one summary finishes soon), else a timeout.
 */
export const nextTask = (): Promise<void> => (platform?.yield ? platform.yield() : new Promise<void>((resolve) => setTimeout(resolve))).then(begin);

/** Script time a task of ours aims at, measured on the device: a long task is 50 ms, and layout follows. */
const STEP_MS = 30;

/**
 * When the task of ours now running began: the idle or observer callback that released widgets, or
 * the continuation after nextTask(). Every widget working in that task shares its STEP_MS.
 */
let taskStart = -Infinity;
const begin = (): void => {
  taskStart = performance.now();
};
/**
 * What is left of this task's STEP_MS, in ms (negative once spent). A start older than any task of
 * ours should last belongs to a task that has ended (a script inserting a widget, an attribute
 * changed later): a new one begins. (Taken for a new one too early, a long task would grow longer;
 * too late, a first step is smaller: hence a generous 4 STEP_MS.)
 */
export const budgetLeft = (): number => {
  if (performance.now() - taskStart > 4 * STEP_MS) begin();
  return STEP_MS - (performance.now() - taskStart);
};
