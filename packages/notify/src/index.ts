export { SesEmailSender, SnsSmsSender } from "./aws-senders.ts";
export {
  emailSenderKinds,
  type SenderConfig,
  type SenderEnvNames,
  senderConfigFromEnv,
  sendersFor,
  smsSenderKinds,
} from "./config.ts";
export {
  type Channel,
  type Delivery,
  DeliveryFailed,
  deliveryFailedFromSdk,
  type MessageSender,
  type SendReceipt,
} from "./sender.ts";
export {
  type ProviderFault,
  type ProviderFaultKind,
  parseProviderFaults,
  providerFaultKinds,
  SimulatedSender,
} from "./simulated-sender.ts";
