@echo off
rem The end-to-end migration demos: see ./demo for what it does and its options.
rem   demo.cmd [--services feeding,course,learning,lots,protein] [--scale 0.5] [--rows feeding=200000]
cd /d "%~dp0"
echo Building the services (mvnw package; the first build downloads Maven and the dependencies) ...
call mvnw.cmd -B -q -Pdemo -pl integration-tests -am package -DskipTests "-Ddemo.args=%*"
exit /b %ERRORLEVEL%
