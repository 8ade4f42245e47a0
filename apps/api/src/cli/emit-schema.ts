import 'reflect-metadata';
import fs from 'node:fs/promises';
import path from 'node:path';
import { repositoryRoot } from '../config/env.js';
import { printSchemaFile } from '../schema-file.js';

/** Writes apps/api/schema.graphql, the committed contract that the UI's code generator reads. */
const target = path.join(repositoryRoot, 'apps', 'api', 'schema.graphql');
await fs.writeFile(target, await printSchemaFile());
process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
