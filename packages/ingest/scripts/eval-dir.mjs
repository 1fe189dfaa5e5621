// Where the evaluation kit is: `--shared DIR` or DOSSIER_SHARED_DIR (the folder that holds
// eval/). These dev scripts are not published; the kit is never assumed to sit at a path
// relative to the checkout.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The kit's eval/ folder, or null (with the reason on stderr) when none was named or found. */
export function evalDirFromArgs(argv = process.argv) {
  const flag = argv.indexOf('--shared');
  const shared = flag >= 0 ? argv[flag + 1] : process.env.DOSSIER_SHARED_DIR;
  if (!shared) {
    console.warn('no evaluation kit: pass --shared DIR or set DOSSIER_SHARED_DIR (the folder holding eval/)');
    return null;
  }
  const evalDir = resolve(shared, 'eval');
  if (!existsSync(evalDir)) {
    console.warn(
      `no evaluation kit at ${evalDir}: --shared / DOSSIER_SHARED_DIR must name the folder holding eval/`,
    );
    return null;
  }
  return evalDir;
}
