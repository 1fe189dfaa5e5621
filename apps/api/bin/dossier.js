#!/usr/bin/env node
// The `dossier` command. A committed shim in front of the built command line, so that
// `pnpm install` can link the bin on a fresh clone, before dist/ exists.
const cli = new URL('../dist/cli.js', import.meta.url);

import(cli.href).catch((error) => {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes(cli.pathname)) {
    process.stderr.write(
      'dossier: the command line is not built yet: run `pnpm build` at the repository root\n',
    );
    process.exitCode = 1;
    return;
  }
  throw error;
});
