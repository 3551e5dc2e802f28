import { Module } from '@nestjs/common';
import { OrderStockService } from './order-stock.service';
import { OrdersController } from './orders.controller';
import { OrdersRepository } from './orders.repository';
import { OrdersService } from './orders.service';
import { RiskReviewsController } from './risk-reviews.controller';
import { RiskReviewsService } from './risk-reviews.service';
import { SubmitChecks } from './submit-checks';

@Module({
  controllers: [OrdersController, RiskReviewsController],
  providers: [OrdersService, OrdersRepository, OrderStockService, SubmitChecks, RiskReviewsService],
  exports: [OrdersService],
})
export class OrdersModule {}
