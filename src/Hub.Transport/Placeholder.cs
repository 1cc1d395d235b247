namespace Hub.Transport;

internal static class Placeholder;
