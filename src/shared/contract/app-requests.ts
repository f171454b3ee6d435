import { z } from 'zod';
import { none, ok, request } from './request';
import {
  appInfoSchema,
  jobIdSchema,
  languageSchema,
  recentWorkspaceSchema,
  settingsSchema,
  workspaceInfoSchema,
} from '../schemas';

/** The app, its settings, workspaces and jobs. */
export const appRequests = [
  request('app:info', none, appInfoSchema),
  request('settings:get', none, settingsSchema),
  request('settings:set', z.object({ language: languageSchema }).strict(), settingsSchema),
  request('workspace:new', none, workspaceInfoSchema.nullable()),
  request('workspace:open', none, workspaceInfoSchema.nullable()),
  request('workspace:openRecent', z.object({ path: z.string().min(1).max(4096) }).strict(), workspaceInfoSchema),
  request('workspace:openDemo', z.object({ jobId: jobIdSchema }).strict(), workspaceInfoSchema),
  request('workspace:current', none, workspaceInfoSchema.nullable()),
  request('workspace:saveAs', none, workspaceInfoSchema.nullable()),
  request('workspace:duplicate', none, z.object({ path: z.string() }).nullable()),
  request('workspace:close', none, ok),
  request('workspace:recent', none, z.array(recentWorkspaceSchema)),
  request(
    'workspace:forgetRecent',
    z.object({ path: z.string().min(1).max(4096) }).strict(),
    z.array(recentWorkspaceSchema),
  ),
  request('job:cancel', z.object({ jobId: jobIdSchema }).strict(), z.object({ cancelled: z.boolean() })),
] as const;
