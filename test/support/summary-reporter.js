/**
 * Prints the run's totals as one plain line ("jest: N passed, N failed"), which CI reads.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const line = `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed`;
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(`${line}${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}
module.exports = SummaryReporter;
