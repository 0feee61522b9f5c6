plansiteSearchLoaded("w/p0/va",{
"va":[0,-8,0,8,0,9,0,12],
"van":[0,-9,0,12]
});
