// Gives ts-jest the same @nestjs/swagger CLI plugin as the build, so tests see the same schemas.
const plugin = require('@nestjs/swagger/plugin');
const { swaggerPluginOptions } = require('../../swagger-plugin.options.cjs');

module.exports.name = 'nestjs-swagger-plugin';
module.exports.version = 1;
module.exports.factory = (compiler) => plugin.before(swaggerPluginOptions, compiler.program);
