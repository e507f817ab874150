/**
 * Sorting and merging in resumable steps, for work too big for one task on a slow phone (20,800
 * families sorted with a collator take about a second at 4x CPU throttling): each `step` works until
 * its `shouldYield()` says stop and returns true when done. Bottom-up merge sort: stable, and with a
 * total order (ties broken by id) the same result as Array.prototype.sort.
 */
export interface Stepper {
  step(shouldYield: () => boolean): boolean;
}

/** Comparisons between two looks at shouldYield (a collator compare costs microseconds). */
const CHECK_EVERY = 256;
/** Runs sorted by insertion first. */
const RUN = 16;

export class StepSort<T> implements Stepper {
  private src: T[];
  private dst: T[];
  private width = RUN;
  /** where the insertion-sort phase is, then the start of the current merge */
  private at = 0;
  private phase: "runs" | "merge" | "done";
  // the current merge's cursors
  private i = -1;
  private j = 0;
  private k = 0;

  constructor(
    items: readonly T[],
    private readonly compare: (a: T, b: T) => number,
  ) {
    this.src = items.slice();
    this.dst = new Array<T>(items.length);
    this.phase = items.length <= 1 ? "done" : "runs";
  }

  step(shouldYield: () => boolean): boolean {
    let budget = CHECK_EVERY;
    const n = this.src.length;
    const tick = () => {
      if (--budget > 0) return false;
      budget = CHECK_EVERY;
      return shouldYield();
    };
    while (this.phase === "runs") {
      const end = Math.min(this.at + RUN, n);
      const a = this.src;
      for (let x = this.at + 1; x < end; x++) {
        const v = a[x]!;
        let y = x - 1;
        while (y >= this.at && this.compare(a[y]!, v) > 0) {
          a[y + 1] = a[y]!;
          y--;
        }
        a[y + 1] = v;
      }
      budget -= RUN * 4;
      this.at = end;
      if (this.at >= n) {
        this.at = 0;
        this.phase = this.width >= n ? "done" : "merge";
      }
      if (budget <= 0) {
        budget = CHECK_EVERY;
        if (shouldYield()) return this.phase === "done";
      }
    }
    while (this.phase === "merge") {
      const lo = this.at;
      const mid = Math.min(lo + this.width, n);
      const hi = Math.min(lo + 2 * this.width, n);
      if (this.i < 0) {
        this.i = lo;
        this.j = mid;
        this.k = lo;
      }
      const { src, dst } = this;
      while (this.i < mid && this.j < hi) {
        dst[this.k++] = this.compare(src[this.j]!, src[this.i]!) < 0 ? src[this.j++]! : src[this.i++]!;
        if (tick()) return false;
      }
      while (this.i < mid) dst[this.k++] = src[this.i++]!;
      while (this.j < hi) dst[this.k++] = src[this.j++]!;
      this.i = -1;
      this.at = hi;
      if (this.at >= n) {
        // a pass is done: the runs are twice as long, in dst
        [this.src, this.dst] = [this.dst, this.src];
        this.width *= 2;
        this.at = 0;
        if (this.width >= n) this.phase = "done";
      }
    }
    return true;
  }

  /** The sorted items (after step returned true). */
  result(): T[] {
    return this.src;
  }
}

/** Merges two sorted arrays into one, in steps (left first on ties). */
export class StepMerge<T> implements Stepper {
  private readonly out: T[];
  private i = 0;
  private j = 0;
  private k = 0;

  constructor(
    private readonly left: readonly T[],
    private readonly right: readonly T[],
    private readonly compare: (a: T, b: T) => number,
  ) {
    this.out = new Array<T>(left.length + right.length);
  }

  step(shouldYield: () => boolean): boolean {
    const { left, right, out } = this;
    let budget = CHECK_EVERY;
    while (this.i < left.length && this.j < right.length) {
      out[this.k++] = this.compare(right[this.j]!, left[this.i]!) < 0 ? right[this.j++]! : left[this.i++]!;
      if (--budget <= 0) {
        budget = CHECK_EVERY;
        if (shouldYield()) return false;
      }
    }
    while (this.i < left.length) out[this.k++] = left[this.i++]!;
    while (this.j < right.length) out[this.k++] = right[this.j++]!;
    return true;
  }

  result(): T[] {
    return this.out;
  }
}
