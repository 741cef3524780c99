/**
 * Preloaded (`node -r`) into a server process by test/start.test.ts: on SIGUSR2 the process makes
 * a promise rejection that nothing handles, as a bug in the server would, so the test can see it
 * logged with its stack while the process keeps serving.
 */
process.on('SIGUSR2', () => {
  void Promise.reject(new Error('deliberately unhandled rejection from the test'));
});
