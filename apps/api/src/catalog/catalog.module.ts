import { Module } from '@nestjs/common';
import { CatalogController } from './catalog.controller';
import { LotTraceService } from './lot-trace.service';
import { ProductsService } from './products.service';
import { SuppliersService } from './suppliers.service';

@Module({
  controllers: [CatalogController],
  providers: [ProductsService, SuppliersService, LotTraceService],
  exports: [ProductsService, SuppliersService],
})
export class CatalogModule {}
