import { registerRibbonCommands } from './ribbon';

registerRibbonCommands();
