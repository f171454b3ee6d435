export {
  contract,
  indexContract,
  PRELOAD_ONLY,
  requests,
  type InputOf,
  type OutputOf,
  type ParsedInputOf,
  type RequestEntry,
  type RequestName,
  type RequestSchemas,
  type Emit,
  type SegmentDeskApi,
} from './contract';
export {
  EVENT_NAMES,
  events,
  MENU_COMMANDS,
  type EventName,
  type EventPayload,
  type MenuCommand,
  type ProgressMessage,
} from './events';
export { arrowBytesSchema } from './request';
