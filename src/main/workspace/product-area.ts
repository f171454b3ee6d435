import type { Language } from '../../shared/schemas';
import { BasketService } from './basket-service';
import { ListService } from './list-service';
import { ProductsService } from './products-service';
import type { ServiceContext } from './service-context';

/** What segments buy, what sells together, and cross-sell lists (issue 26): three services on one context. */
export interface ProductArea {
  products: ProductsService;
  basket: BasketService;
  lists: ListService;
}

/** `language`: the app's language, in which lists made without a name are named. */
export function productArea(ctx: ServiceContext, language?: () => Language): ProductArea {
  const products = new ProductsService(ctx);
  return { products, basket: new BasketService(ctx), lists: new ListService(ctx, language, products) };
}
