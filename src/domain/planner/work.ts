// The planner's work budget: elementary steps (a node or condition looked at) a search may take
// before it returns the best plans found so far, marked not proven optimal.

export class Work {
  private used = 0;
  constructor(private readonly limit: number) {}
  spend(steps: number): void {
    this.used += steps;
  }
  /** Whether the budget is spent. */
  out(): boolean {
    return this.used > this.limit;
  }
}
