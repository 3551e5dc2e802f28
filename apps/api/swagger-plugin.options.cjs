// One set of @nestjs/swagger CLI plugin options for the build and for ts-jest.
module.exports.swaggerPluginOptions = {
  classValidatorShim: true,
  introspectComments: true,
  dtoFileNameSuffix: ['.dto.ts', '.entity.ts'],
  controllerFileNameSuffix: ['.controller.ts'],
};
