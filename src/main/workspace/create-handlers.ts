import { PREVIEW_ROWS } from '../../shared/import-settings';
import { sampleSize } from '../engine/stats/ab-test';
import type { Handlers } from './create-dispatcher';
import type { WorkspaceService } from './workspace-service';

/** Maps every contract entry to the service. */
export function createHandlers(service: WorkspaceService): Handlers {
  const ok = { ok: true as const };
  return {
    'app:info': () => service.appInfo(),
    'settings:get': () => service.getSettings(),
    'settings:set': ({ language }) => service.setLanguage(language),
    'workspace:new': () => service.newWorkspace(),
    'workspace:open': () => service.openWorkspace(),
    'workspace:openRecent': ({ path }) => service.openRecent(path),
    'workspace:openDemo': ({ jobId }) => service.openDemo(jobId),
    'workspace:current': () => service.current(),
    'workspace:saveAs': () => service.saveAs(),
    'workspace:duplicate': () => service.duplicate(),
    'workspace:close': async () => (await service.close(), ok),
    'workspace:recent': () => service.recent(),
    'workspace:forgetRecent': ({ path }) => service.forgetRecent(path),
    'import:choose': () => service.chooseImport(),
    'import:drop': ({ path }) => service.dropFile(path),
    'import:inspect': ({ token, jobId, settings, rows }) =>
      service.inspectImport(token, settings, jobId, rows === 'all' ? null : PREVIEW_ROWS),
    'import:run': ({ token, jobId, settings }) => service.runImport(token, settings, jobId),
    'import:append': ({ token, jobId, datasetId, settings }) => service.appendImport(token, datasetId, settings, jobId),
    'import:forget': ({ token }) => (service.forgetImport(token), ok),
    'dataset:page': ({ datasetId, query }) => service.page(datasetId, query),
    'dataset:previewColumn': ({ datasetId, definition, rows }) => service.previewColumn(datasetId, definition, rows),
    'dataset:addColumn': ({ datasetId, column }) => service.addColumn(datasetId, column),
    'dataset:dropColumn': ({ datasetId, column }) => service.dropColumn(datasetId, column),
    'dataset:stats': ({ datasetId }) => service.stats(datasetId),
    'dataset:linkCustomers': ({ datasetId, customersId }) => service.linkCustomers(datasetId, customersId),
    'dataset:customerMatch': ({ datasetId }) => service.customerMatch(datasetId),
    'dataset:rename': ({ datasetId, name }) => service.renameDataset(datasetId, name),
    'dataset:setCurrency': ({ datasetId, currency }) => service.setDatasetCurrency(datasetId, currency),
    'dataset:changeColumn': ({ datasetId, change }) => service.changeColumn(datasetId, change),
    'dataset:changes': ({ datasetId }) => ({ changes: service.datasetChanges(datasetId) }),
    'dataset:delete': ({ datasetId }) => (service.deleteDataset(datasetId), ok),
    'run:create': ({ datasetId, spec, name, jobId, replaceRunId }) =>
      service.createRun(datasetId, spec, { name, jobId, replaceRunId }),
    'run:get': ({ runId }) => service.runDetails(runId),
    'run:members': (r) => service.runMembersPage(r.runId, r.query, r.segment, r.only, r.listId),
    'rules:fields': ({ datasetId, analysisDate }) => service.ruleFields(datasetId, analysisDate),
    'rules:counts': ({ datasetId, rules, analysisDate }) => service.ruleCounts(datasetId, rules, analysisDate),
    'rules:bands': ({ datasetId, bands, analysisDate }) => service.ruleBands(datasetId, bands, analysisDate),
    'run:setNote': ({ runId, segmentKey, notes }) => ({ notes: service.setSegmentNote(runId, segmentKey, notes) }),
    'run:rename': ({ runId, name }) => service.renameRun(runId, name),
    'run:delete': ({ runId }) => (service.deleteRun(runId), ok),
    'run:reapply': ({ runId, jobId, ...options }) => service.reapplyRun(runId, { ...options, jobId }),
    'run:compare': ({ fromRunId, toRunId, jobId }) => service.comparison(fromRunId, toRunId, jobId),
    'run:exportMoves': ({ fromRunId, toRunId, row, move, lang }) =>
      service.exportMoves(fromRunId, toRunId, row, move, lang),
    'campaign:results': ({ runId, token, columns, jobId, draw, defaultCountry }) =>
      service.campaignResultsOf(runId, token, columns, jobId, { draw, defaultCountry }),
    'campaign:pickGroups': ({ runId, segments, share, seed, lang }) =>
      service.pickGroups(runId, segments, share, seed, lang),
    'campaign:list': ({ runId }) => ({ campaigns: service.savedCampaigns(runId) }),
    'campaign:sampleSize': ({ baseline, uplift, alpha, power }) => sampleSize(baseline, uplift, alpha, power),
    'cluster:chooseK': ({ datasetId, spec, kMin, kMax, jobId }) => service.chooseK(datasetId, spec, kMin, kMax, jobId),
    'export:columns': async ({ runId }) => ({ columns: await service.exportColumns(runId) }),
    'export:members': ({ runId, options, jobId }) => service.exportMembers(runId, options, jobId),
    'export:summary': ({ runId, options }) => service.exportSummary(runId, options),
    'export:sql': ({ runId, options }) => service.exportSql(runId, options),
    'report:preview': async ({ runId, options, jobId }) => ({ html: await service.reportHtml(runId, options, jobId) }),
    'report:settings': ({ runId }) => service.reportSettings(runId),
    'report:chooseLogo': async () => {
      const logo = await service.chooseLogo();
      return logo === null ? null : { logo };
    },
    'export:report': ({ runId, format, options, jobId }) => service.exportReport(runId, format, options, jobId),
    'export:chart': ({ format, data, name }) => service.saveChart(format, data, name),
    'overview:get': ({ datasetId, period, jobId }) => service.overview(datasetId, period, jobId),
    'overview:export': ({ datasetId, period, format, options, jobId }) =>
      service.exportOverview(datasetId, period, format, options, null, jobId),
    ...shopHandlers(service),
    'job:cancel': ({ jobId }) => ({ cancelled: service.cancelJob(jobId) }),
  };
}

/** What segments buy, what sells together, cross-sell lists (issue 26) and export presets (issue 27). */
function shopHandlers(service: WorkspaceService) {
  const ok = { ok: true as const };
  return {
    'products:run': ({ runId, jobId }) => service.shop.products.runProducts(runId, jobId),
    'products:nonProducts': ({ datasetId }) => service.shop.products.nonProducts(datasetId),
    'products:setNonProducts': ({ datasetId, codes }) => service.shop.products.setNonProducts(datasetId, codes),
    'basket:rules': ({ jobId, ...spec }) => service.shop.basket.rules(spec, jobId),
    'lists:preview': ({ runId, spec, jobId }) => service.shop.lists.preview(runId, spec, jobId),
    'lists:create': ({ runId, spec, name, jobId }) => service.shop.lists.create(runId, spec, name, jobId),
    'lists:list': ({ runId }) => ({ lists: service.shop.lists.lists(runId) }),
    'lists:delete': ({ listId }) => (service.shop.lists.delete(listId), ok),
    'export:presetCheck': ({ runId, options, suppressionToken, jobId }) =>
      service.presets.check(runId, options, { token: suppressionToken }, jobId),
    'export:preset': ({ runId, options, suppressionToken, jobId }) =>
      service.presets.export(runId, options, { token: suppressionToken }, jobId),
  } satisfies Partial<Handlers>;
}
