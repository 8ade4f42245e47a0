import 'reflect-metadata';
import { runOnMigratedDatabase } from './run-command.js';

// Migrating is the whole task.
await runOnMigratedDatabase(() => Promise.resolve());
