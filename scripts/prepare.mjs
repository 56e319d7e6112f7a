// `npm install` in a clone runs `prepare`: build dist/ so that bin/migstamp runs.
// `npm pack` and `npm publish` run it too, right after `prepack` has built the
// bundle they ship; a second build there would only cost time. (A user's
// install from the tarball or the registry runs neither: dist/ ships built.)
import { execSync } from 'node:child_process';

if (!['pack', 'publish'].includes(process.env.npm_command ?? '')) execSync('npm run build', { stdio: 'inherit' });
