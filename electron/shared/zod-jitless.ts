import { z } from 'zod';

// zod compiles object parsers with `new Function` when it can; the renderer's CSP forbids eval,
// and even zod's probe for it is reported as a violation. Imported first in browser contexts.
z.config({ jitless: true });
