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

export function productArea(ctx: ServiceContext): ProductArea {
  return { products: new ProductsService(ctx), basket: new BasketService(ctx), lists: new ListService(ctx) };
}
