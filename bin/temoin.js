#!/usr/bin/env node
// `npx temoin …` in a clone: the command runs from its TypeScript source through tsx, as
// `npm start` does, so there is no build step to forget.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
