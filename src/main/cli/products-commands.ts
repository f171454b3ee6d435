import type { Command } from 'commander';
import { resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import { createTranslate } from '../../shared/i18n';
import { missingRoleError } from '../../shared/missing-role';
import type { ItemLevel, LevelItems, NonProductSettings, RunProducts } from '../../shared/products';
import type { Language } from '../../shared/schemas';
import type { WorkspaceService } from '../workspace/workspace-service';
import { positiveInt } from './cli-args';
import type { CliIo } from './cli-io';
import { productsText } from './products-text';
import { segmentArg } from './segment-arg';
import { type WithService, workspaceCommand } from './with-service';

interface ProductsOptions {
  workspace: string;
  run: string;
  segment?: string;
  by?: string;
  lang: string;
  json?: boolean;
}

const languageOf = (lang: string): Language => (lang === 'zh-CN' ? 'zh-CN' : 'en');

/** The run's products, or the error that says what its dataset lacks (in the CLI's language). */
async function runProducts(service: WorkspaceService, runId: number, lang: Language): Promise<RunProducts> {
  const products = await service.shop.products.runProducts(runId);
  if (products.needs === 'transactions')
    throw new AppError('E_INVALID_INPUT', createTranslate(lang)('products.cli.needsTransactions', { id: runId }), {
      needs: 'transactions',
    });
  if (products.needs === 'productOrCategory')
    throw missingRoleError(['productId', 'category'], createTranslate('en')('products.cli.needsItems'));
  return products;
}

/** The level asked for (--by), else products when the dataset has them, else categories. */
function levelOf(products: RunProducts, by: string | undefined): ItemLevel {
  if (by !== undefined && by !== 'product' && by !== 'category')
    throw new AppError('E_USAGE', `--by takes product or category, got "${by}"`);
  const level: ItemLevel = (by as ItemLevel | undefined) ?? (products.product ? 'product' : 'category');
  if (!products[level])
    throw missingRoleError(
      [level === 'product' ? 'productId' : 'category'],
      `This dataset has no ${level} column (--by ${level === 'product' ? 'category' : 'product'} reads the one it has).`,
    );
  return level;
}

/** Only one segment's lists, when --segment names one. */
function onlySegment(level: LevelItems | null, segment: number | null): LevelItems | null {
  if (!level || segment === null) return level;
  return { ...level, segments: level.segments.filter((s) => s.segment === segment) };
}

/** `products`: what each segment of a run buys (top products or categories with their lift, distinctive and stopped items). */
function addProductsCommand(program: Command, io: CliIo, withService: WithService): void {
  workspaceCommand(program, 'products', 'what each segment of a run buys: top products and categories with their lift')
    .requiredOption('--run <id>', 'the run (of a transactions dataset)')
    .option('--segment <segment>', 'only this segment (its key, name or number)')
    .option('--by <level>', 'product or category (default: product when the dataset has product codes or names)')
    .option('--lang <lang>', 'zh-CN | en: the language of the text', 'en')
    .option('--json', 'print the products per segment as JSON (RunProducts)')
    .action(
      withService(async (service, opts: ProductsOptions) => {
        const lang = languageOf(opts.lang);
        const info = await service.openAt(resolve(opts.workspace), { readOnly: true });
        const runId = positiveInt(opts.run, '--run');
        const { run, result } = service.runDetails(runId);
        const segment = opts.segment === undefined ? null : segmentArg(result.segments, opts.segment);
        const products = await runProducts(service, runId, lang);
        const level = levelOf(products, opts.by);
        const shown: RunProducts = {
          ...products,
          product: opts.by === 'category' ? null : onlySegment(products.product, segment),
          category: opts.by === 'product' ? null : onlySegment(products.category, segment),
        };
        if (opts.json) return io.out(`${JSON.stringify(shown)}\n`);
        const currency = info.datasets.find((d) => d.id === run.datasetId)?.currency ?? 'USD';
        const segmentNames = result.segments.map((s) => s.name);
        io.out(productsText({ products: shown, level, run, segmentNames, currency, lang }));
      }),
    );
}

interface NonProductsOptions {
  workspace: string;
  dataset: string;
  set?: string;
  reset?: boolean;
  lang: string;
  json?: boolean;
}

/** The list as text: one code a line, with whose list it is. */
function nonProductsText(settings: NonProductSettings, datasetId: number, lang: Language): string {
  const t = createTranslate(lang);
  const whose = t(settings.edited ? 'products.nonProducts.edited' : 'products.nonProducts.defaults');
  const lines = [t('products.nonProducts.heading', { id: datasetId, whose }), ...settings.codes.map((c) => `  ${c}`)];
  return `${[...lines, t('products.nonProducts.note')].join('\n')}\n`;
}

/** `non-products`: a dataset's codes that are not products; --set replaces them, --reset goes back to the defaults. */
function addNonProductsCommand(program: Command, io: CliIo, withService: WithService): void {
  workspaceCommand(
    program,
    'non-products',
    'see or set the codes that are not products (postage, fees …), left out of products, basket rules and cross-sell lists',
  )
    .requiredOption('--dataset <id>', 'the dataset (of order lines)')
    .option('--set <codes>', 'the list, comma-separated (an entry ending in * is a prefix; "" leaves nothing out)')
    .option('--reset', 'back to the default list')
    .option('--lang <lang>', 'zh-CN | en: the language of the text', 'en')
    .option('--json', 'print the list as JSON (codes, defaults, edited)')
    .action(
      withService(async (service, opts: NonProductsOptions) => {
        if (opts.set !== undefined && opts.reset) throw new AppError('E_USAGE', 'Give --set or --reset, not both');
        const change = opts.set !== undefined || opts.reset;
        await service.openAt(resolve(opts.workspace), { readOnly: !change });
        const datasetId = positiveInt(opts.dataset, '--dataset');
        const products = service.shop.products;
        const settings = !change
          ? products.nonProducts(datasetId)
          : products.setNonProducts(datasetId, opts.reset ? null : opts.set!.split(',').filter((c) => c.trim() !== ''));
        io.out(
          opts.json ? `${JSON.stringify(settings)}\n` : nonProductsText(settings, datasetId, languageOf(opts.lang)),
        );
      }),
    );
}

/** `products` and `non-products`. */
export function addProductsCommands(program: Command, io: CliIo, withService: WithService): void {
  addProductsCommand(program, io, withService);
  addNonProductsCommand(program, io, withService);
}
