@echo off
rem Parley launcher for Windows: starts the studio or a command-line tool with a Java 21 or newer.
rem Java: %PARLEY_JAVA% (a java.exe), else the runtime beside this file (jre\), else %JAVA_HOME%\bin\java.exe,
rem else java on the PATH.
setlocal
set "PARLEY_HOME=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
if exist "%PARLEY_HOME%jre\bin\java.exe" set "JAVA=%PARLEY_HOME%jre\bin\java.exe"
if defined PARLEY_JAVA set "JAVA=%PARLEY_JAVA%"
for %%L in ("%PARLEY_HOME%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
if not defined LAUNCHER (
  echo parley: %PARLEY_HOME% is not a complete Parley installation ^(no Equinox launcher in plugins^) 1>&2
  exit /b 2
)
rem The options Parley always starts with are in lib\parley-jvm.args (shared with the parley script and the tests).
set VMARGS="@%PARLEY_HOME%lib\parley-jvm.args" %PARLEY_VMARGS%
set "COMMAND=%~1"
if "%COMMAND%"=="" set "COMMAND=studio"
if /i "%COMMAND%"=="studio" goto studio
if /i "%COMMAND%"=="validate" (set "APP=io.parley.core.validate" & goto headless)
if /i "%COMMAND%"=="run" (set "APP=io.parley.scripting.run" & goto headless)
if /i "%COMMAND%"=="export" (set "APP=io.parley.core.export" & goto headless)
if /i "%COMMAND%"=="help" goto usage
if /i "%COMMAND%"=="-h" goto usage
if /i "%COMMAND%"=="--help" goto usage
rem Any other command is one a plugin contributes (io.parley.core.commands), e.g. plan; the command stays the first argument.
set "APP=io.parley.core.command"
set "ARGS="
goto collect

:usage
echo Usage: parley studio [--workspace DIR] ^| validate PATH... ^| run SCRIPT.js [ARGS...] ^| export CAMPAIGN --to EXPORTER --out DIR ^| plan SEQUENCE ^(and other commands plugins add^)
exit /b 0

:studio
set "WORKSPACE=%USERPROFILE%\Parley\workspace"
if defined PARLEY_WORKSPACE set "WORKSPACE=%PARLEY_WORKSPACE%"
if /i "%~2"=="--workspace" set "WORKSPACE=%~3"
"%JAVA%" %VMARGS% -jar "%LAUNCHER%" -data "%WORKSPACE%"
goto done

:headless
shift
set "ARGS="
:collect
if "%~1"=="" goto run_headless
set ARGS=%ARGS% "%~1"
shift
goto collect
:run_headless
rem HotSpot's top tier (C2) waits ten times longer than by default: in a tool's short run it compiled start-up
rem code that never ran again, while a batch's loop still gets there within its first rows.
"%JAVA%" -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000 %VMARGS% -jar "%LAUNCHER%" -nosplash -data @none -application %APP% %ARGS%

:done
if errorlevel 1 (
  echo parley: if Java reported UnsupportedClassVersionError, install a JDK 21 or newer and set JAVA_HOME. 1>&2
)
exit /b %errorlevel%
