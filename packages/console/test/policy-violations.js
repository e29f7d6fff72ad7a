/**
 * Loaded by the test page before the test framework: anything the console page's policy blocks
 * during a test (an inline style attribute, a script or a request to another origin) becomes an
 * uncaught error, which fails the test that caused it. A test that provokes a violation on
 * purpose stops the event in a capturing listener on `window` before it gets here.
 */
addEventListener('securitypolicyviolation', (event) => {
  const where = event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber})` : '';
  throw new Error(
    `The console page's policy blocked ${event.violatedDirective}: ` +
      `${event.blockedURI || 'inline'}${where}.`,
  );
});
