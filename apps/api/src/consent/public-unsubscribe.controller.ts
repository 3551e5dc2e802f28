import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/auth.decorators';
import { ApiProblems } from '../common/openapi/api-problems.decorator';
import { confirmPage, donePage, invalidPage, type PageLanguage } from './unsubscribe-page';
import { UnsubscribeService } from './unsubscribe.service';

const languageOf = (lang: unknown): PageLanguage => (lang === 'en' ? 'en' : 'id');
const html = (reply: FastifyReply, status: number, body: string) =>
  reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(body);

/** The no-login unsubscribe page reached from a link in a message. */
@ApiTags('consent')
@Public()
@Controller('public/unsubscribe')
export class PublicUnsubscribeController {
  constructor(private readonly unsubscribe: UnsubscribeService) {}

  @ApiOperation({
    summary:
      'Unsubscribe page: shows what will stop and asks once (no login, works without JavaScript)',
  })
  @ApiProduces('text/html')
  @ApiQuery({ name: 'token', required: true })
  @ApiQuery({ name: 'lang', required: false, enum: ['id', 'en'] })
  @ApiOkResponse({
    description: 'HTML confirmation page',
    content: { 'text/html': { schema: { type: 'string' } } },
  })
  @ApiProblems(400)
  @Get()
  async showUnsubscribe(
    @Query('token') token: string | undefined,
    @Query('lang') lang: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const language = languageOf(lang);
    const target = typeof token === 'string' ? await this.unsubscribe.inspect(token) : null;
    if (!target) return void html(reply, 400, invalidPage(language));
    html(reply, 200, confirmPage(language, token as string, target));
  }

  @ApiOperation({
    summary:
      'Confirm: withdraws that consent (method unsubscribe_link); a forged token changes nothing',
  })
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['token'],
      properties: { token: { type: 'string' }, lang: { type: 'string', enum: ['id', 'en'] } },
    },
  })
  @ApiProduces('text/html')
  @ApiOkResponse({
    description: 'HTML result page',
    content: { 'text/html': { schema: { type: 'string' } } },
  })
  @ApiProblems(400)
  @Post()
  async confirmUnsubscribe(@Body() body: unknown, @Res() reply: FastifyReply): Promise<void> {
    const form = (body ?? {}) as { token?: unknown; lang?: unknown };
    const language = languageOf(form.lang);
    const before =
      typeof form.token === 'string' ? await this.unsubscribe.inspect(form.token) : null;
    if (!before) return void html(reply, 400, invalidPage(language));
    const after = await this.unsubscribe.confirm(form.token as string);
    html(reply, 200, donePage(language, after ?? before, before.alreadyWithdrawn));
  }
}
