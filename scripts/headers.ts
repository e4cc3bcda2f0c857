/** `node scripts/headers.ts`: rewrites public/_headers from src/lib/security.ts (a unit test keeps them equal). */
import fs from 'node:fs';
import path from 'node:path';
import { headersFile } from '../src/lib/security.ts';

fs.writeFileSync(path.resolve(import.meta.dirname, '../public/_headers'), headersFile());
