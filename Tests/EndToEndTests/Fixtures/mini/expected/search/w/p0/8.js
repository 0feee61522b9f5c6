plansiteSearchLoaded("w/p0/8",{
"8":[0,-25]
});
