/**
 * The Office Add-ins developer certificate for https://localhost (office-addin-dev-certs),
 * as webpack-dev-server's HTTPS options.
 *
 * office-addin-dev-certs generates a local CA and a localhost certificate in
 * ~/.office-addin-dev-certs, then asks the system to trust the CA (sudo on Linux, a
 * password prompt on the Mac). When that last step cannot be done (no sudo, a locked-down
 * machine) the certificate it generated is still used, with a warning: the browser, or
 * the machine Excel runs on, must trust the CA by hand.
 */
const { existsSync, readFileSync } = require('fs');

/** @returns {Promise<{ ca?: Buffer, cert: Buffer, key: Buffer }>} */
async function developerCertificate() {
  const certs = require('office-addin-dev-certs');
  try {
    const { ca, cert, key } = await certs.getHttpsServerOptions();
    return { ca, cert, key };
  } catch (error) {
    const {
      caCertificatePath,
      localhostCertificatePath,
      localhostKeyPath,
    } = require('office-addin-dev-certs/lib/defaults.js');
    const reason = error instanceof Error ? error.message.trim() : String(error);
    if (!existsSync(localhostCertificatePath) || !existsSync(localhostKeyPath)) {
      throw new Error(
        `Could not set up the HTTPS developer certificate: ${reason}\n` +
          'Install it with `npx office-addin-dev-certs install` (it asks to trust a local CA), ' +
          'or run `npm start -- --http` for standalone mode in a browser.',
      );
    }
    process.stderr.write(
      `The developer CA could not be trusted system-wide (${reason}).\n` +
        `Serving HTTPS with its certificate anyway: trust ${caCertificatePath} in your browser or on the machine ` +
        'Excel runs on, or run `npx office-addin-dev-certs install` where you can.\n',
    );
    return {
      ca: existsSync(caCertificatePath) ? readFileSync(caCertificatePath) : undefined,
      cert: readFileSync(localhostCertificatePath),
      key: readFileSync(localhostKeyPath),
    };
  }
}

module.exports = { developerCertificate };
