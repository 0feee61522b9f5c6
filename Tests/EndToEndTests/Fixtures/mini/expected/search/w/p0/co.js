plansiteSearchLoaded("w/p0/co",{
"co":[0,-3,0,3,0,-8,0,8,0,-10,0,12,0,14]
});
