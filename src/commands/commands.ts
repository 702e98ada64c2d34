// FunctionFile of the ribbon (commands.html). The ribbon button only opens the task pane
// (ShowTaskpane), so there is no ExecuteFunction yet; register them here with
// Office.actions.associate(name, handler) when the manifest gains any.
Office.onReady(() => {
  if (typeof Office.actions?.associate !== 'function') return; // host without the Actions API
});
