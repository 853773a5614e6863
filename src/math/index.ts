/**
 * Loss Lab's math library: the public API panels and course authors import. Pure TypeScript,
 * no React, DOM or d3-selection. Names and semantics here are a contract; keep them stable.
 */
export { softplus, sigmoid, sigmoidPrime, xlogy } from './special';
export {
  marginLoss,
  marginLossGrad,
  MARGIN_LOSSES,
  MARGIN_LOSS_IDS,
  isMarginLossId,
  type MarginLossId,
  type MarginLossInfo,
} from './margin';
export {
  regressionLoss,
  regressionElementLoss,
  regressionElementGrad,
  regressionBreakpoints,
  REGRESSION_LOSS_IDS,
  type RegressionLossId,
  type RegressionLossOptions,
} from './regression';
export {
  softmax,
  softmaxSteps,
  logSoftmax,
  logSumExp,
  overflowThreshold,
  maxFinite,
  minNormal,
  FLOAT32_MAX,
  type Precision,
  type SoftmaxOptions,
  type SoftmaxSteps,
  type CellIssue,
} from './softmax';
export {
  binaryCrossEntropy,
  binaryCrossEntropyWithLogits,
  softmaxCrossEntropy,
  softmaxCrossEntropyGrad,
  crossEntropyError,
  sumOfSquaresError,
  binaryCrossEntropyGrad,
  binaryCrossEntropyWithLogitsGrad,
  probabilitySquaredError,
  probabilitySquaredErrorGrad,
  logitSquaredError,
  logitSquaredErrorGrad,
  clippedCrossEntropyError,
  sparseCrossEntropyError,
  type SoftmaxTarget,
} from './crossEntropy';
export { entropy, crossEntropy, klDivergence } from './information';
export {
  trainNeuron,
  neuronOutput,
  neuronCost,
  neuronCostGradZ,
  neuronCostSurface,
  learningRateSweep,
  type RateSweepEntry,
  type NeuronCost,
  type NeuronSetup,
  type NeuronTrajectory,
  type CostSurface,
} from './neuron';
export { formatNumber, formatFixed } from './format';
export { scaleByTemperature } from './temperature';
export { missingSupport, normalize } from './information';
export {
  fitLinearClassifier,
  classifierObjective,
  classifierGradient,
  classifierMargins,
  classifierTrajectory,
  perceptronTrain,
  zeroOneError,
  weightNorm,
  objectiveAlongAngle,
  CLASSIFIER_LOSS_IDS,
  type ClassifierLossId,
  type LabeledPoint,
  type LinearClassifierFit,
  type ClassifierTrajectory,
  type PerceptronRun,
  type AngleProfile,
} from './classifier';
export {
  fitLine,
  lineObjective,
  lineResiduals,
  pointShares,
  LINE_FIT_LOSS_IDS,
  type PlanePoint,
  type LineFit,
  type LineFitLossId,
  type PointShare,
} from './fitLine';
export { regressionPreset, regressionPresets, REGRESSION_PRESET_IDS, type RegressionPresetId } from './regressionPresets';
export { softmaxJacobian, softmaxBackward } from './softmax';
export { neuronGradients, type NeuronGradients } from './neuron';
export { logLossForms, type LogLossForms } from './logistic';
export {
  depthChain,
  depthWeights,
  depthGradientChange,
  formatLog10Magnitude,
  activationValue,
  activationSlope,
  activationMaxSlope,
  DEPTH_ACTIVATIONS,
  type DepthActivation,
  type DepthBias,
  type DepthSetup,
  type DepthLayer,
  type DepthChain,
  type DepthWeightMode,
} from './depth';
export { fasterStart, initialWeightGradient, type FasterStart } from './learningSpeed';
