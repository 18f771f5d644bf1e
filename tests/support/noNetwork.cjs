/**
 * Preloaded with `node --require` (through NODE_OPTIONS) to make a Node process see no
 * network: every host name lookup fails as it does offline (ENOTFOUND). Used to prove the
 * offline fall-backs on a machine that does have a network.
 */
const dns = require('dns');

dns.lookup = function lookup(hostname, options, callback) {
  const done = typeof options === 'function' ? options : callback;
  const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), {
    code: 'ENOTFOUND',
    errno: -3008,
    syscall: 'getaddrinfo',
    hostname,
  });
  process.nextTick(() => done(error));
};
