# syntax=docker/dockerfile:1
# The portal's image: src/Portal.Web published in the .NET SDK image (with node/npm, which the theme
# projects need for `npm ci` during the build), run on the ASP.NET Core runtime image as a non-root user.
#   docker build -t portal-web:local .          (docker-compose.yml builds it for portal1 and portal2)

ARG DOTNET_VERSION=10.0

FROM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION} AS build
# Theme projects restore GOV.UK Frontend / MOJ Frontend with npm during the build.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_NOLOGO=1 \
    NUGET_XMLDOC_MODE=skip \
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
WORKDIR /src
# The whole context (see .dockerignore): Portal.Web references every module and theme, and the shared
# Directory.Build.props / Directory.Packages.props apply to all of them.
COPY . .
# Cache mounts keep NuGet and npm downloads between builds without putting them into a layer.
RUN --mount=type=cache,id=portal-nuget,target=/root/.nuget/packages \
    --mount=type=cache,id=portal-npm,target=/root/.npm \
    dotnet publish src/Portal.Web/Portal.Web.csproj -c Release -o /app -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION} AS runtime
# curl for the health check (the runtime image has no HTTP client).
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
# Portal:DataDir (embedded stores, plug-ins...) on a volume, writable by the image's non-root `app` user.
RUN mkdir -p /var/lib/portal && chown "$APP_UID" /var/lib/portal
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Portal__DataDir=/var/lib/portal
VOLUME /var/lib/portal
EXPOSE 8080
USER $APP_UID
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=5 \
    CMD curl -fsS -o /dev/null http://127.0.0.1:8080/health/live || exit 1
ENTRYPOINT ["dotnet", "Portal.Web.dll"]
