/**
 * Prints one closing line, "e2e: N passed, N failed, N skipped", after the list reporter,
 * so a reader (or CI) finds the count in a fixed form. A test that passed on retry counts
 * as passed and is named as flaky on the line before.
 */
import type { FullResult, Reporter, TestCase } from '@playwright/test/reporter';

export default class SummaryReporter implements Reporter {
  private readonly tests = new Set<TestCase>();

  onTestEnd(test: TestCase): void {
    this.tests.add(test);
  }

  printsToStdio(): boolean {
    return true;
  }

  onEnd(result: FullResult): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const flaky: string[] = [];
    for (const test of this.tests) {
      const outcome = test.outcome();
      if (outcome === 'expected') passed += 1;
      else if (outcome === 'flaky') {
        passed += 1;
        flaky.push(test.titlePath().slice(1).join(' › '));
      } else if (outcome === 'skipped') skipped += 1;
      else failed += 1;
    }
    if (flaky.length > 0) console.log(`flaky (passed on retry): ${flaky.join('; ')}`);
    if (result.status === 'timedout') console.log('e2e: the run hit its global timeout');
    if (result.status === 'interrupted') console.log('e2e: the run was interrupted');
    if (this.tests.size === 0 && result.status !== 'passed') console.log('e2e: no test ran to the end (see the errors above)');
    console.log(`e2e: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
