// Task-pane root component (placeholder; the real pane replaces its content).
import { FluentProvider, Text, webLightTheme } from '@fluentui/react-components';

export function App() {
  return (
    <FluentProvider theme={webLightTheme}>
      <Text as="h1" size={500} weight="semibold">
        Kiểm tra thi đua
      </Text>
    </FluentProvider>
  );
}
