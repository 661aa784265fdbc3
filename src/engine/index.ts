/**
 * Downhill's numeric engine: seeded data sets, linear and logistic models in
 * each source's conventions, gradient descent with full history, closed
 * forms, loss grids and gradient checks. Pure TypeScript, no DOM.
 */
export type { Dataset, Features, Params, RecordTiming, Vector } from './types';
export { createNumpyRandom, validateSeed, type NumpyRandom } from './random';
export {
  linearData,
  linearDataFrom,
  linearDataEvenlySpaced,
  linspace,
  withPoints,
  SOURCE_000_DATA,
  SOURCE_000_REGULARIZATION_DATA,
  SOURCE_000_OUTLIERS,
  SOURCE_002_DATA,
  SOURCE_003_DATA,
  type LinearDataOptions,
  type XY,
} from './datasets';
export {
  gaussianClasses,
  sourceLogisticOneMode,
  sourceLogisticTwoMode,
  SOURCE_004_ONE_MODE,
  SOURCE_004_TWO_MODE,
  type GaussianClassesOptions,
  type GaussianComponent,
} from './gaussian-classes';
export {
  CONVENTIONS,
  withL2,
  startingParams,
  checkConvention,
  type Convention,
  type CrossEntropyConvention,
  type L2Penalty,
  type SquaredErrorConvention,
} from './conventions';
export { rowsFrom1D } from './rows';
export { predict, residuals, rSquared, squaredErrorGradient, squaredErrorLoss } from './linear';
export { accuracy, crossEntropyGradient, crossEntropyLoss, predictProbability, sigmoid } from './logistic';
export { squaredErrorObjective, type Objective } from './objective';
export { crossEntropyObjective } from './cross-entropy-objective';
export { gradientDescent, type DescentHistory, type DescentOptions } from './descent';
export { resumeDescent, type DescentRun } from './descent-resume';
export { closedFormFor, leastSquares, ridge, ridgeAlphaFor } from './closed-form';
export { SingularSystemError } from './linalg';
export { squaredErrorHessian, stabilityLimit, type SquaredErrorHessian } from './hessian';
export { crossEntropyGrid, crossEntropyGridsByL2 } from './cross-entropy-grid';
export {
  lossGrid,
  squaredErrorGrid,
  squaredErrorStats,
  type GridWindow,
  type LossGrid,
  type SquaredErrorStats,
} from './grid';
export { checkGradient, finiteDifferenceGradient, type GradientCheck } from './gradient-check';
export { isolines, isolinesAtLevels, type Isoline, type IsolineOptions } from './isolines';
export { linearCrossing, logisticBoundary, logit } from './decision';
export { gaussianClasses2D, type GaussianClasses2DOptions, type GaussianCluster2D, type LabelledRows } from './gaussian-classes-2d';
export { decisionSegment, probabilityField, type PlaneWindow, type ProbabilityField } from './probability-field';
export { weightNorm } from './metrics';
export { crossEntropyCurvatureBound, crossEntropyHessian, type CrossEntropyCurvature } from './logistic-hessian';

// Part III: stochastic descent, optimisers, robust losses, polynomial features and cross-validation.
export type { AnyObjective } from './any-objective';
export { learningRateAt, toSchedule, type LearningRate, type LearningRateSchedule } from './schedule';
export type { RunOptions } from './run-history';
export { optimize, type OptimizerHistory, type OptimizerMethod, type OptimizerOptions } from './optimizers';
export { quadraticObjective, stretchedBowl, type QuadraticObjective, type QuadraticOptions, type StretchedBowlOptions } from './quadratic';
export { permutation, permutationFrom } from './permutation';
export { stochasticDescent, type StochasticHistory, type StochasticOptions } from './stochastic';
export type { BatchLoss } from './batch-objective';
export { absoluteErrorObjective, huberObjective, huberPsi, huberRho, type RobustLoss, type RobustObjective } from './robust';
export { absoluteErrorGrid, huberGrid, objectiveGrid } from './objective-grid';
export {
  fitPolynomial,
  MAX_POLYNOMIAL_DEGREE,
  polynomialFeatures,
  polynomialScaleOf,
  predictPolynomial,
  UNSCALED,
  type PolynomialFit,
  type PolynomialFitOptions,
  type PolynomialScale,
} from './polynomial';
export { complementOf, kFolds, trainValidationSplit, type TrainValidationSplit } from './splits';
export {
  crossValidate,
  gridSearch,
  type CrossValidation,
  type CrossValidationFold,
  type CrossValidationOptions,
  type GridSearch,
  type GridSearchEntry,
} from './cross-validation';
export { curveData, curveValue, type CurveDataOptions, type CurveFunction } from './curve-data';
export { absoluteErrorLoss, gridOperationCounts, interceptProfile, quadraticAt, squaredErrorQuadratic, type LossQuadratic } from './loss-quadratic';
export { squaredErrorSlice, type LossSlice } from './slice';
export { runVerdict, type RunVerdict, type Verdict, type VerdictOptions } from './verdict';
export { bowlShape, standardizeX, type BowlShape } from './standardize';
export { dataToCsv, parseDataCsv, type CsvProblem, type CsvResult, type CsvShape } from './csv';
export { numpyScript, pythonNumber, type NumpyExperiment } from './numpy-script';
export { fitOperationCounts, multiFeatureData, type MultiFeatureOptions } from './multi-feature';
export { momentumTuning, type MomentumTuning } from './momentum-theory';
