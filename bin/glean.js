#!/usr/bin/env node
// Thin launcher: all behaviour lives in src/cli.ts (compiled to dist/).
import { main } from '../dist/cli.js';

main(process.argv);
