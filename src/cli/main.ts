#!/usr/bin/env node
// The temoin command. Expected failures (bad settings, a bad bundle, bad input) end with one line
// on stderr and a non-zero exit; a stack trace means a bug.
import { Command } from 'commander';
import { ConfigError } from '../config.js';
import { PublishError } from '../publish/mirror-manifest.js';
import { BundleError } from '../services/import/bundle-error.js';
import { registerExtractCommand } from './extract-command.js';
import { registerImportCommand } from './import-command.js';
import { registerPublishCommand } from './publish-command.js';
import { registerServeCommand } from './serve-command.js';
import { registerUserCommand } from './user-command.js';

const program = new Command('temoin')
  .description('Témoin: document a crackdown as it unfolds, and publish the record')
  .showHelpAfterError();

registerServeCommand(program);
registerImportCommand(program);
registerExtractCommand(program);
registerPublishCommand(program);
registerUserCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof ConfigError || error instanceof BundleError || error instanceof PublishError) {
    console.error(`temoin: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
