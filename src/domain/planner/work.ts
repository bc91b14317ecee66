// The planner's work budget: elementary steps (a node or condition looked at) a search may take
// before it returns the best plans found so far, marked not proven optimal.

export class Work {
  private used = 0;
  constructor(private readonly limit: number) {}
  spend(steps: number): void {
    this.used += steps;
  }
  /** The work done so far. */
  done(): number {
    return this.used;
  }
  /** The work left before the budget is spent (negative once past it). */
  left(): number {
    return this.limit - this.used;
  }
  /** Whether the budget is spent. */
  out(): boolean {
    return this.used > this.limit;
  }
}
