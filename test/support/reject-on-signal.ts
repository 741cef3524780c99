/**
 * Preloaded (`node -r`) into a server process by test/start.test.ts, to play a bug in the server:
 * on SIGUSR2 the process makes a promise rejection that nothing handles (it must be logged with
 * its stack while the process keeps serving); on SIGHUP it throws an exception nothing catches
 * (it must be logged with its stack, and a worker then exits and is replaced).
 */
process.on('SIGUSR2', () => {
  void Promise.reject(new Error('deliberately unhandled rejection from the test'));
});
process.on('SIGHUP', () => {
  setImmediate(() => {
    throw new Error('deliberately uncaught exception from the test');
  });
});
